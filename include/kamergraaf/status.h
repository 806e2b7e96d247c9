// Status: the result of an operation that can fail, passed across pipeline stages instead of exceptions.
//
// A default-constructed Status is OK. Errors carry a code and a human-readable message that already
// names the path (and line, where known) it is about, e.g. "corpus/a.txt:12: invalid UTF-8".
#ifndef KAMERGRAAF_STATUS_H_
#define KAMERGRAAF_STATUS_H_

#include <string>
#include <utility>

namespace kamergraaf {

class Status {
 public:
  enum class Code { kOk, kNotFound, kIoError, kInvalidInput, kInvalidArgument, kPartial };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  // Some inputs could not be read; the rest of the result is valid.
  static Status Partial(std::string msg) { return Status(Code::kPartial, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK", or the message prefixed by nothing: messages are written to stand alone.
  std::string ToString() const { return ok() ? std::string("OK") : message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_STATUS_H_
