db_password="xBYucW8Wu5KSqggdK#5"
api_keys = ["22670ebaae15df0ce8b73569f4173799a8766d8c", "e643ea3ed4f430d61481e514e25693eebeae1439"]
org_id="03876c46-eebe-50d0-aadf-9cc7424a015e"
conversation_id="1e8bfe4e-a3dd-5b1c-be8c-bf03a4e20a61"
