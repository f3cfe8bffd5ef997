db_password="ja4X-mUQZc=J_2igmM*"
api_keys = ["3ad43335e0ac7d08e0113827e9b8819b69533bfb", "184d20d9525092d76653bbd8785f08d029f64a9c"]
org_id="03876c46-eebe-50d0-aadf-9cc7424a015e"
conversation_id="1e8bfe4e-a3dd-5b1c-be8c-bf03a4e20a61"
