#include "kamergraaf/line_list.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <utility>

namespace kamergraaf {

LineList::LineList(std::initializer_list<int> lines) {
  for (int line : lines) Insert(line);
}

LineList::LineList(const LineList& other) {
  if (other.size_ <= 1) {
    size_ = other.size_;
    one_ = other.empty() ? 0 : other.front();
    return;
  }
  Reserve(other.size_);
  std::memcpy(many_, other.many_, other.size_ * sizeof(int));
  size_ = other.size_;
}

LineList::LineList(LineList&& other) noexcept : size_(other.size_), capacity_(other.capacity_) {
  if (capacity_ > 1) {
    many_ = other.many_;
  } else {
    one_ = other.one_;
  }
  other.size_ = 0;
  other.capacity_ = 1;
  other.one_ = 0;
}

LineList& LineList::operator=(const LineList& other) {
  if (this != &other) *this = LineList(other);
  return *this;
}

LineList& LineList::operator=(LineList&& other) noexcept {
  if (this != &other) {
    this->~LineList();
    new (this) LineList(std::move(other));
  }
  return *this;
}

LineList::~LineList() {
  if (capacity_ > 1) delete[] many_;
}

void LineList::Reserve(std::uint32_t capacity) {
  if (capacity <= capacity_) return;
  int* block = new int[capacity];
  if (size_ > 0) std::memcpy(block, begin(), size_ * sizeof(int));
  if (capacity_ > 1) delete[] many_;
  many_ = block;
  capacity_ = capacity;
}

void LineList::Insert(int line) {
  const int* first = begin();
  const int* pos = std::lower_bound(first, end(), line);
  if (pos != end() && *pos == line) return;
  const std::size_t at = static_cast<std::size_t>(pos - first);
  if (size_ == 0 && capacity_ <= 1) {
    one_ = line;
    size_ = 1;
    return;
  }
  if (size_ + 1 > capacity_) Reserve(std::max<std::uint32_t>(4, capacity_ * 2));  // leaves the inline form
  std::memmove(many_ + at + 1, many_ + at, (size_ - at) * sizeof(int));
  many_[at] = line;
  ++size_;
}

void LineList::Merge(const LineList& other) {
  if (other.empty()) return;
  if (empty()) {
    *this = other;
    return;
  }
  std::vector<int> merged;
  merged.reserve(size_ + other.size_);
  std::set_union(begin(), end(), other.begin(), other.end(), std::back_inserter(merged));
  LineList result;
  if (merged.size() == 1) {
    result.one_ = merged[0];
  } else {
    result.Reserve(static_cast<std::uint32_t>(merged.size()));
    std::memcpy(result.many_, merged.data(), merged.size() * sizeof(int));
  }
  result.size_ = static_cast<std::uint32_t>(merged.size());
  *this = std::move(result);
}

void LineList::ShrinkToFit() {
  if (capacity_ > 1 && capacity_ > size_) *this = LineList(*this);
}

bool operator==(const LineList& a, const LineList& b) noexcept {
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

bool operator==(const LineList& a, const std::vector<int>& b) noexcept {
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

std::ostream& operator<<(std::ostream& os, const LineList& lines) {
  os << '{';
  for (const int* it = lines.begin(); it != lines.end(); ++it) os << (it == lines.begin() ? "" : ", ") << *it;
  return os << '}';
}

}  // namespace kamergraaf
