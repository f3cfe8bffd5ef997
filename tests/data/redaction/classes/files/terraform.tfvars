genesys_region        = "mypurecloud.com"
genesys_client_id     = "519fa002-5752-48d4-a0f3-e825872cad3f"
genesys_client_secret = "ADmjXTonJqKvg1Loa9MWdxaXyqoAPLQefWi0uz9OvGQ"
genesys_org_id        = "bd51ca98-4ca5-5005-91aa-ebd689bf3efc"
oauth = {
  client_id     = "519fa002-5752-48d4-a0f3-e825872cad3f"
  client_secret = "9in__sw0MEVazNbkzxksd2loIDfna91gIM-NqCZLIHYZ"
}
signing_key = <<EOT
JlvOYYls94skQwvJR9eApyA6TXeo6ano7/HjWzzri7pnEPgiyxMmC7ID71u09ecS
EOT
test_conversation = "1fe5dd72-b39a-5f17-b0df-b1ee4514352d"
tags = ["prod", "contact-center"]
