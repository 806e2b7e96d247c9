// LineList: an ascending set of line numbers in 8 bytes: one line inline, more in one heap block.
//
// A graph of a parliament has millions of edges, and almost every edge stands for citations on one line;
// a std::vector<int> would cost 24 bytes plus a 32-byte heap chunk for those four bytes.
#ifndef KAMERGRAAF_LINE_LIST_H_
#define KAMERGRAAF_LINE_LIST_H_

#include <cstdint>
#include <initializer_list>
#include <ostream>
#include <vector>

namespace kamergraaf {

class LineList {
 public:
  LineList() noexcept = default;
  LineList(std::initializer_list<int> lines);  // in any order; repeats are dropped
  LineList(const LineList& other);
  LineList(LineList&& other) noexcept;
  LineList& operator=(const LineList& other);
  LineList& operator=(LineList&& other) noexcept;
  ~LineList();

  bool empty() const noexcept { return cell_[0] == 0 && cell_[1] == 0; }
  std::size_t size() const noexcept;
  const int* begin() const noexcept;
  const int* end() const noexcept { return begin() + size(); }
  int front() const noexcept { return *begin(); }  // the first (smallest) line; not on an empty list

  // Adds `line`, keeping the order; a line already there is not added again.
  void Insert(int line);
  // Adds every line of `other`.
  void Merge(const LineList& other);
  // Gives back unused capacity.
  void ShrinkToFit();
  std::vector<int> ToVector() const { return std::vector<int>(begin(), end()); }

  friend bool operator==(const LineList& a, const LineList& b) noexcept;
  friend bool operator==(const LineList& a, const std::vector<int>& b) noexcept;
  friend std::ostream& operator<<(std::ostream& os, const LineList& lines);

 private:
  // Empty: both cells 0. One line: cell_[0] == 1 and the line in cell_[1]. More: the cells hold a pointer
  // (written with memcpy; malloc alignment keeps the low bit of cell_[0] clear on little-endian machines)
  // to a heap block of std::uint32_t: size, capacity, then the lines.
  bool IsInline() const noexcept { return (cell_[0] & 1) != 0; }
  std::uint32_t* Block() const noexcept;
  void SetBlock(std::uint32_t* block) noexcept;
  void Reserve(std::uint32_t capacity);

  alignas(void*) int cell_[2] = {0, 0};
};

static_assert(sizeof(LineList) == sizeof(void*));

}  // namespace kamergraaf

#endif  // KAMERGRAAF_LINE_LIST_H_
