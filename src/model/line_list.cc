#include "kamergraaf/line_list.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>

namespace kamergraaf {
namespace {

constexpr std::uint32_t kHeader = 2;  // size, capacity
static_assert(std::endian::native == std::endian::little, "LineList keeps its tag in the pointer's low bits");
static_assert(sizeof(void*) == 2 * sizeof(int), "LineList keeps a pointer in two ints");

}  // namespace

std::uint32_t* LineList::Block() const noexcept {
  std::uint32_t* block;
  std::memcpy(&block, cell_, sizeof block);
  return block;
}

void LineList::SetBlock(std::uint32_t* block) noexcept { std::memcpy(cell_, &block, sizeof block); }

LineList::LineList(std::initializer_list<int> lines) {
  for (int line : lines) Insert(line);
}

LineList::LineList(const LineList& other) {
  if (other.empty() || other.IsInline()) {
    cell_[0] = other.cell_[0];
    cell_[1] = other.cell_[1];
    return;
  }
  const auto n = static_cast<std::uint32_t>(other.size());
  Reserve(n);
  std::memcpy(Block() + kHeader, other.begin(), n * sizeof(int));
  Block()[0] = n;
}

LineList::LineList(LineList&& other) noexcept {
  std::memcpy(cell_, other.cell_, sizeof cell_);
  other.cell_[0] = other.cell_[1] = 0;
}

LineList& LineList::operator=(const LineList& other) {
  if (this != &other) *this = LineList(other);
  return *this;
}

LineList& LineList::operator=(LineList&& other) noexcept {
  if (this != &other) {
    if (!empty() && !IsInline()) delete[] Block();
    std::memcpy(cell_, other.cell_, sizeof cell_);
    other.cell_[0] = other.cell_[1] = 0;
  }
  return *this;
}

LineList::~LineList() {
  if (!empty() && !IsInline()) delete[] Block();
}

std::size_t LineList::size() const noexcept {
  if (empty()) return 0;
  return IsInline() ? 1 : Block()[0];
}

const int* LineList::begin() const noexcept {
  if (empty()) return nullptr;
  if (IsInline()) return &cell_[1];
  return reinterpret_cast<const int*>(Block() + kHeader);
}

void LineList::Reserve(std::uint32_t capacity) {
  const std::size_t n = size();
  if (!empty() && !IsInline() && Block()[1] >= capacity) return;
  auto* block = new std::uint32_t[kHeader + capacity];
  block[0] = static_cast<std::uint32_t>(n);
  block[1] = capacity;
  if (n > 0) std::memcpy(block + kHeader, begin(), n * sizeof(int));
  if (!empty() && !IsInline()) delete[] Block();
  SetBlock(block);
}

void LineList::Insert(int line) {
  if (empty()) {
    cell_[0] = 1;
    cell_[1] = line;
    return;
  }
  const int* first = begin();
  const int* last = end();
  const int* pos = std::lower_bound(first, last, line);
  if (pos != last && *pos == line) return;
  const auto at = static_cast<std::size_t>(pos - first);
  const std::size_t n = size();
  if (IsInline() || Block()[1] < n + 1) Reserve(static_cast<std::uint32_t>(std::max<std::size_t>(4, 2 * n)));
  int* lines = reinterpret_cast<int*>(Block() + kHeader);
  std::memmove(lines + at + 1, lines + at, (n - at) * sizeof(int));
  lines[at] = line;
  Block()[0] = static_cast<std::uint32_t>(n + 1);
}

void LineList::Merge(const LineList& other) {
  if (other.empty()) return;
  if (empty()) {
    *this = other;
    return;
  }
  std::vector<int> merged;
  merged.reserve(size() + other.size());
  std::set_union(begin(), end(), other.begin(), other.end(), std::back_inserter(merged));
  LineList result;
  if (merged.size() == 1) {
    result.Insert(merged[0]);
  } else {
    result.Reserve(static_cast<std::uint32_t>(merged.size()));
    std::memcpy(result.Block() + kHeader, merged.data(), merged.size() * sizeof(int));
    result.Block()[0] = static_cast<std::uint32_t>(merged.size());
  }
  *this = std::move(result);
}

void LineList::ShrinkToFit() {
  if (!empty() && !IsInline() && Block()[1] > Block()[0]) *this = LineList(*this);
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
