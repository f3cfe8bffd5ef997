db_password="ydkEG%OGO2X2MLJ%ne%"
api_keys = ["1f4136403dcb7d54af39ec257fd7c6aa3a66f24d", "3fb76eb8d5bed5739813dcf10caf386bdaf69436"]
org_id="03876c46-eebe-50d0-aadf-9cc7424a015e"
conversation_id="1e8bfe4e-a3dd-5b1c-be8c-bf03a4e20a61"
