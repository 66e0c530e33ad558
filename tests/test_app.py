def test_home_page_names_the_bank(client, bank):
    response = client.get("/")
    assert response.status_code == 200
    assert f"{len(bank.questions)} questions".encode() in response.data
