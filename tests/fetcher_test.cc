// Fetch (fetch/fetcher.h) against a fake HttpClient: which URLs it asks, retries, paging limits, files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "fetch/fetcher.h"
#include "temp_dir.h"

namespace kamergraaf {
namespace {

constexpr const char* kApi = "http://api.test/OData/v4/2.0/";

// Answers by URL prefix from a script; a prefix with several responses gives them in turn (the last repeats).
class FakeClient : public HttpClient {
 public:
  std::map<std::string, std::vector<HttpResponse>> script;
  std::vector<std::string> asked;

  Status Get(const std::string& url, HttpResponse* response) override {
    asked.push_back(url);
    for (auto& [prefix, responses] : script) {
      if (url.rfind(prefix, 0) != 0 || responses.empty()) continue;
      *response = responses.front();
      if (responses.size() > 1) responses.erase(responses.begin());
      if (response->status == 0) return Status::IoError(url + ": " + response->error);
      return Status::Ok();
    }
    *response = HttpResponse();
    response->status = 404;
    return Status::Ok();
  }
};

HttpResponse Ok(std::string body) {
  HttpResponse r;
  r.status = 200;
  r.body = std::move(body);
  return r;
}
HttpResponse Reply(long status, int retry_after = -1) {
  HttpResponse r;
  r.status = status;
  r.retry_after = retry_after;
  return r;
}

// One Zaak with one Document that has an XML publication (made up for this test).
std::string ZaakPage(const std::string& next_link = "") {
  std::string page = R"J({"@odata.context": "http://api.test/OData/v4/2.0/$metadata#Zaak", "value": [
    {"Id": "z1", "Nummer": "2099Z00012", "Soort": "Motie",
     "Document": [{"Id": "d1", "DocumentNummer": "2099D00012", "Datum": "2099-03-14T00:00:00+01:00",
                   "HuidigeDocumentVersie": {"ExterneIdentifier": "kst-36999-12",
                     "DocumentPublicatie": [{"Id": "p1", "DocumentType": "Xml", "FileName": "kst-36999-12.xml"}]}}]}])J";
  if (!next_link.empty()) page += ", \"@odata.nextLink\": \"" + next_link + "\"";
  return page + "}";
}

FetchOptions Options(const std::string& dir) {
  FetchOptions o;
  o.api = kApi;
  o.zaken = {"2099Z00012"};
  o.out_dir = dir;
  o.rate = 0;  // no waiting in tests
  o.backoff_s = 0;
  o.retries = 2;
  return o;
}

TEST_CASE("Fetch saves the page and the publication, named by kst id", "[fetch]") {
  TempDir dir;
  FakeClient client;
  client.script[std::string(kApi) + "Zaak?"] = {Ok(ZaakPage())};
  client.script[std::string(kApi) + "DocumentPublicatie(p1)/resource"] = {Ok("<kamerstuk/>")};
  FetchResult result;
  REQUIRE(Fetch(Options(dir.path()), &client, &result).ok());
  CHECK(result.downloaded == 1);
  CHECK(std::filesystem::exists(dir.path() + "/kst-36999-12.xml"));
  CHECK(std::filesystem::exists(dir.path() + "/metadata/zaak-2099Z00012.json"));
  CHECK(std::filesystem::exists(dir.path() + "/.kamergraaf-manifest.tsv"));
  CHECK(client.asked.front() ==
        "http://api.test/OData/v4/2.0/Zaak?$filter=Nummer%20eq%20%272099Z00012%27&$expand=Document($expand="
        "HuidigeDocumentVersie($expand=DocumentPublicatie),Kamerstukdossier),Besluit($expand=Stemming),"
        "ZaakActor($expand=Persoon)");

  // Again: nothing downloaded.
  client.asked.clear();
  REQUIRE(Fetch(Options(dir.path()), &client, &result).ok());
  CHECK(result.downloaded == 0);
  CHECK(result.present == 1);
  CHECK(client.asked.size() == 1);  // the page only
}

TEST_CASE("Fetch retries 429, 5xx and broken transfers, then gives up", "[fetch]") {
  TempDir dir;
  FakeClient client;
  HttpResponse cut;
  cut.error = "transfer closed with 10 bytes remaining to read";
  client.script[std::string(kApi) + "Zaak?"] = {Reply(429, 0), Reply(503), Ok(ZaakPage())};
  client.script[std::string(kApi) + "DocumentPublicatie(p1)/resource"] = {cut, Ok("<kamerstuk/>")};
  FetchResult result;
  REQUIRE(Fetch(Options(dir.path()), &client, &result).ok());
  CHECK(result.requests == 5);
  CHECK(result.downloaded == 1);

  TempDir dir2;
  FakeClient failing;
  failing.script[std::string(kApi) + "Zaak?"] = {Reply(500)};
  FetchResult failed;
  CHECK(Fetch(Options(dir2.path()), &failing, &failed).code() == Status::Code::kPartial);
  CHECK(failed.requests == 3);  // the first try and 2 retries
  CHECK(failed.failed == 1);
}

TEST_CASE("Fetch follows @odata.nextLink only below the API", "[fetch]") {
  TempDir dir;
  FakeClient client;
  client.script[std::string(kApi) + "Zaak?"] = {Ok(ZaakPage("http://elsewhere.test/steal?page=2"))};
  client.script[std::string(kApi) + "DocumentPublicatie(p1)/resource"] = {Ok("<kamerstuk/>")};
  FetchResult result;
  Fetch(Options(dir.path()), &client, &result);
  for (const std::string& url : client.asked) CHECK(url.rfind(kApi, 0) == 0);
  REQUIRE(!result.problems.empty());
  CHECK(result.problems[0].find("@odata.nextLink leaves the API") != std::string::npos);
}

TEST_CASE("Fetch records a document without a file as absent; --dry-run writes nothing", "[fetch]") {
  TempDir dir;
  FakeClient client;
  client.script[std::string(kApi) + "Zaak?"] = {Ok(ZaakPage())};
  FetchResult result;
  REQUIRE(Fetch(Options(dir.path()), &client, &result).ok());
  CHECK(result.absent == 1);
  CHECK(!std::filesystem::exists(dir.path() + "/kst-36999-12.xml"));

  FetchOptions dry = Options(dir.path() + "/dry");
  dry.dry_run = true;
  REQUIRE(Fetch(dry, &client, &result).ok());
  REQUIRE(result.planned.size() == 1);
  CHECK(result.planned[0] == "kst-36999-12\thttp://api.test/OData/v4/2.0/DocumentPublicatie(p1)/resource");
  CHECK(!std::filesystem::exists(dir.path() + "/dry"));
}

TEST_CASE("Fetch rejects malformed selections", "[fetch]") {
  TempDir dir;
  FakeClient client;
  FetchResult result;
  FetchOptions o = Options(dir.path());
  o.zaken = {"2099Z 12"};
  CHECK(Fetch(o, &client, &result).code() == Status::Code::kInvalidArgument);
  o.zaken.clear();
  o.dossiers = {"abc"};
  CHECK(Fetch(o, &client, &result).code() == Status::Code::kInvalidArgument);
  o.dossiers = {"36999"};
  o.since = "14-03-2099";
  CHECK(Fetch(o, &client, &result).code() == Status::Code::kInvalidArgument);
  CHECK(client.asked.empty());
}

}  // namespace
}  // namespace kamergraaf
