// HttpClient: the one place kamergraaf speaks HTTP (libcurl behind a small interface, so the fetcher can be
// tested with a fake and a local server).
#ifndef KAMERGRAAF_FETCH_HTTP_CLIENT_H_
#define KAMERGRAAF_FETCH_HTTP_CLIENT_H_

#include <memory>
#include <string>

#include "kamergraaf/status.h"

namespace kamergraaf {

struct HttpResponse {
  long status = 0;              // HTTP status; 0 when no response arrived (connection refused, cut, timeout)
  std::string body;             // the whole body (documents are held in memory until written atomically)
  std::string content_type;     // Content-Type header, without parameters
  long long content_length = -1;  // Content-Length header; -1 when absent
  int retry_after = -1;         // Retry-After in seconds; -1 when absent
  std::string error;            // transport error when status is 0, or a truncated body ("got 10 of 20 bytes")
};

class HttpClient {
 public:
  virtual ~HttpClient() = default;
  // Performs one GET. Returns Ok when a complete response arrived (any status: 404 and 500 are responses);
  // IoError with the transport error (also in response->error) when none did, or the body is shorter than
  // its Content-Length. Thread-compatible (one client per thread).
  virtual Status Get(const std::string& url, HttpResponse* response) = 0;
};

struct HttpClientOptions {
  long connect_timeout_s = 20;
  long timeout_s = 300;  // a whole transfer
  std::string user_agent = "kamergraaf/0.1 (+fetch)";
};

// A client on libcurl. Follows redirects (up to 5), accepts gzip. Never null.
std::unique_ptr<HttpClient> MakeCurlHttpClient(const HttpClientOptions& options);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_FETCH_HTTP_CLIENT_H_
