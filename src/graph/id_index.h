// IdIndex: finds a node by its id or one of its aliases, without a copy of the names.
//
// A NameIndex (text/name_index.h) of 8-byte tokens: node index and which of its names (0 = Node::id,
// k = Node::aliases[k - 1]); the names themselves are read from the nodes. For the two million ids of a
// parliament's graph that is about 32 MB, where an unordered_map<std::string, int> took over 130 MB.
// The caller passes the node array to every call; slots refer to nodes by index, so the array may grow.
#ifndef KAMERGRAAF_GRAPH_ID_INDEX_H_
#define KAMERGRAAF_GRAPH_ID_INDEX_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "kamergraaf/citation_graph.h"
#include "text/name_index.h"

namespace kamergraaf {

class IdIndex {
 public:
  // The node named `name`, or -1.
  int Find(const std::vector<Node>& nodes, std::string_view name) const;
  // Records that name number `which` of node `v` (0 = its id, k = aliases[k - 1]) names it. Returns the
  // node that name already stands for when there is one (and records nothing), else -1.
  int Insert(const std::vector<Node>& nodes, int v, std::uint32_t which);
  void Reserve(const std::vector<Node>& nodes, std::size_t names);

 private:
  NameIndex names_;  // tokens (node + 1) << 32 | which
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_GRAPH_ID_INDEX_H_
