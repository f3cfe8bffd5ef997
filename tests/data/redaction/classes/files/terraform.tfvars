genesys_region        = "mypurecloud.com"
genesys_client_id     = "a5856680-857a-4b44-843e-d5370404427b"
genesys_client_secret = "BgQpZnVpDLixMuW-1nmVckkLje7VOlS90uTSKXvD448"
genesys_org_id        = "bd51ca98-4ca5-5005-91aa-ebd689bf3efc"
oauth = {
  client_id     = "a5856680-857a-4b44-843e-d5370404427b"
  client_secret = "JuAN39_VyhTi8ry5A51HKY2-DiH714exO0wjVa62Q6Jh"
}
signing_key = <<EOT
rJvi3F8rO5+zdomHzI+yJDxyLe2xlf60i4fVfQeF5DJGNC3B9koHZ8GcjLt9JoP3
EOT
test_conversation = "1fe5dd72-b39a-5f17-b0df-b1ee4514352d"
tags = ["prod", "contact-center"]
