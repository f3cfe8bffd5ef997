genesys_region        = "mypurecloud.com"
genesys_client_id     = "85b8a666-1d26-4b8a-83c9-012d99c76694"
genesys_client_secret = "Mge3a-jcO7Dtgz-4gpieb9OFCsohjYwt2mploObTCqk"
genesys_org_id        = "bd51ca98-4ca5-5005-91aa-ebd689bf3efc"
oauth = {
  client_id     = "85b8a666-1d26-4b8a-83c9-012d99c76694"
  client_secret = "0b9l8r9Qym-PYppyn3g_4S9NtbYHMFULj1YywblRK4yd"
}
signing_key = <<EOT
6mFf8HJhQIMYUyRaW3e/aUdjFy/s6U7tSmfOzLNlNwM9RwftJ39l917+41Ve9obX
EOT
test_conversation = "1fe5dd72-b39a-5f17-b0df-b1ee4514352d"
tags = ["prod", "contact-center"]
