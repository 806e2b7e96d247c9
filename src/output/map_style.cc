#include "output/map_style.h"

#include <algorithm>

namespace kamergraaf {
namespace {

// Byte length of the UTF-8 sequence starting with `lead` (1 for stray continuation bytes).
int SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// The code points of `text`, each as its bytes.
std::vector<std::string_view> CodePoints(std::string_view text) {
  std::vector<std::string_view> cps;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = std::min<std::size_t>(SequenceLength(static_cast<unsigned char>(text[i])), text.size() - i);
    cps.push_back(text.substr(i, len));
    i += len;
  }
  return cps;
}

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

NodeStyle StyleForKind(NodeKind kind) {
  switch (kind) {
    case NodeKind::kDocument: return {"box", "#cfe2f3", "Corpusdocument", "Corpusdocumenten"};
    case NodeKind::kMotion: return {"hexagon", "#f9cb9c", "Motie", "Moties (losse dossiers)"};
    case NodeKind::kKamerstuk: return {"note", "#d9ead3", "Kamerstuk", "Kamerstukken (losse dossiers)"};
    case NodeKind::kAanhangsel: return {"component", "#fff2cc", "Aanhangsel / Kamervragen", "Aanhangsels"};
    case NodeKind::kHandelingen: return {"tab", "#ead1dc", "Handelingen", "Handelingen"};
    case NodeKind::kZaak: return {"diamond", "#fce5cd", "Zaak", "Zaken (Kamervragen e.a.)"};
    case NodeKind::kTkDocument: return {"folder", "#d0e0e3", "TK-document", "TK-documenten"};
    case NodeKind::kExternal: return {"ellipse", "#eeeeee", "Externe bron", "Externe bronnen"};
    case NodeKind::kAmendement: return {"hexagon", "#f4cccc", "Amendement", "Amendementen"};
    case NodeKind::kDossier: return {"box3d", "#e9e3f5", "Dossier", "Dossiers"};
  }
  return {"ellipse", "#eeeeee", "Externe bron", "Externe bronnen"};
}

EdgeStyle StyleForEdge(const Edge& edge) {
  switch (edge.kind) {
    case EdgeKind::kCites:
      return {"#666666", edge.via_footnote ? "dashed" : "solid", edge.count > 1 ? std::to_string(edge.count) : ""};
    case EdgeKind::kAbout: return {"#3d85c6", "bold", "about"};
    case EdgeKind::kAnswers: return {"#38761d", "bold", "answers"};
    case EdgeKind::kSubmits: return {"#e69138", "bold", "submits"};
    case EdgeKind::kDefersTo: return {"#cc0000", "dotted", "defers-to"};
    case EdgeKind::kFollowsUp: return {"#674ea7", "bold", "follows-up"};
    case EdgeKind::kReplaces: return {"#b45f06", "dashed", "replaces"};
  }
  return {"#666666", "solid", ""};
}

std::string GraphvizText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string SafeLink(std::string_view url) {
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return {};
  static constexpr std::string_view kKeep =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$()*+,;=%";
  std::string out;
  for (char c : url) {
    if (c == '&') {
      out += "&amp;";
    } else if (kKeep.find(c) != std::string_view::npos) {
      out.push_back(c);
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const auto byte = static_cast<unsigned char>(c);
      out += {'%', kHex[byte >> 4], kHex[byte & 15]};
    }
  }
  return out;
}

std::string DotName(std::string_view id, int index) {
  for (char c : id) {
    if (c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return "node-" + std::to_string(index);
  }
  return std::string(id);
}

std::string WrapLabel(std::string_view text, int width, int max_lines) {
  std::vector<std::string_view> cps = CodePoints(text);
  std::vector<std::string> lines;
  std::size_t i = 0;
  while (i < cps.size() && static_cast<int>(lines.size()) < max_lines) {
    while (i < cps.size() && cps[i] == " ") ++i;  // no line starts with a space
    if (i >= cps.size()) break;
    std::size_t end = std::min(cps.size(), i + static_cast<std::size_t>(width));
    std::size_t cut = end;
    if (end < cps.size()) {
      // Prefer a space (dropped), then a '/' or '-' (kept on this line), in the second half of the line.
      std::size_t best = 0;
      for (std::size_t k = end; k > i + static_cast<std::size_t>(width) / 2; --k) {
        if (cps[k] == " ") {
          best = k;
          break;
        }
        if (best == 0 && (cps[k - 1] == "/" || cps[k - 1] == "-")) best = k;
      }
      if (best > 0) cut = best;
    }
    std::string line;
    for (std::size_t k = i; k < cut; ++k) line += cps[k];
    while (!line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
    i = cut;
  }
  while (i < cps.size() && cps[i] == " ") ++i;
  if (i < cps.size() && !lines.empty()) {
    // Text was left out: end the last line with an ellipsis, keeping it within the width.
    std::vector<std::string_view> last = CodePoints(lines.back());
    if (static_cast<int>(last.size()) >= width) last.resize(width - 1);
    std::string shortened;
    for (std::string_view cp : last) shortened += cp;
    lines.back() = shortened + "…";
  }
  std::string out;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (k > 0) out += "\\n";
    out += GraphvizText(lines[k]);
  }
  return out;
}

std::string ChooseLayout(const std::string& requested, int num_nodes, int num_edges, const MapOptions& options,
                         const std::vector<std::string>& available) {
  const bool small = num_nodes <= options.dot_limit && num_edges <= options.dot_edge_limit;
  std::string wanted = !requested.empty() ? requested : small ? "dot" : "sfdp";
  if (Contains(available, wanted)) return wanted;
  for (const char* fallback : {"sfdp", "fdp", "neato", "dot"}) {
    if (Contains(available, fallback)) return fallback;
  }
  return {};
}

}  // namespace kamergraaf
