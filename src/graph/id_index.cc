#include "graph/id_index.h"

namespace kamergraaf {
namespace {

// Token of name number `which` of node v: (v + 1) << 32 | which.
std::uint64_t TokenOf(int v, std::uint32_t which) { return (static_cast<std::uint64_t>(v) + 1) << 32 | which; }
int NodeOf(std::uint64_t token) { return token == 0 ? -1 : static_cast<int>((token >> 32) - 1); }

auto NameOf(const std::vector<Node>& nodes) {
  return [&nodes](std::uint64_t token) -> std::string_view {
    const Node& node = nodes[static_cast<std::size_t>((token >> 32) - 1)];
    const auto which = static_cast<std::uint32_t>(token);
    return which == 0 ? std::string_view(node.id) : std::string_view(node.aliases[which - 1]);
  };
}

}  // namespace

int IdIndex::Find(const std::vector<Node>& nodes, std::string_view name) const {
  return NodeOf(names_.Find(name, NameOf(nodes)));
}

int IdIndex::Insert(const std::vector<Node>& nodes, int v, std::uint32_t which) {
  return NodeOf(names_.Insert(TokenOf(v, which), NameOf(nodes)));
}

void IdIndex::Reserve(const std::vector<Node>& nodes, std::size_t names) { names_.Reserve(names, NameOf(nodes)); }

}  // namespace kamergraaf
