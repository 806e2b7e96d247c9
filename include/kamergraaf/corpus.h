// Corpus: the parsed documents of one run, plus what only the whole corpus can tell
// (which motions exist, which later document follows up on which).
//
// Built by LoadCorpus() (pipeline.h); read-only for every later stage.
#ifndef KAMERGRAAF_CORPUS_H_
#define KAMERGRAAF_CORPUS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/diagnostic.h"
#include "kamergraaf/document.h"

namespace kamergraaf {

// A motion known to the corpus: submitted in a corpus debate (or a motion document), or cited as a motion.
struct MotionRecord {
  std::string id;     // kst-26643-1317
  int document = -1;  // index of the document that holds its text, -1 when only cited
  int motion = -1;    // index into that document's motions
  // Documents (indices) that cite the motion, other than the one holding its text; sorted.
  std::vector<int> cited_by;
  // Documents that act on the motion (cite it, or name it unambiguously) after it was submitted; sorted.
  std::vector<int> followed_up_by;
};

struct Corpus {
  // Sorted by path, so that output does not depend on file order or thread count.
  std::vector<Document> documents;
  // File-level problems (unreadable paths, binary files) and a copy of every document's diagnostics,
  // in path order.
  Diagnostics diagnostics;
  // Number of inputs that could not be read at all.
  int files_failed = 0;
  // Bytes read.
  std::size_t bytes = 0;
  // The folder Document::path (and the id of a document without an official one) is relative to when
  // LoadOptions::relative_paths was set: absolute, for turning diagnostics' paths relative too. Never
  // printed. Empty when paths are as given.
  std::string root;

  // Motions sorted by id.
  std::vector<MotionRecord> motions;

  // Index of the document whose id (or path) is `id`, or -1. Thread-safe, like FindMotion().
  int FindDocument(std::string_view id) const;
  // The motion record with this id, or nullptr.
  const MotionRecord* FindMotion(std::string_view id) const;

  // Rebuilds the lookup tables after `documents` or `motions` changed. They are built by the first lookup
  // that follows: a run that looks nothing up (scan) does not pay for 10,000 entries per 5,000 documents.
  void Reindex();

  Corpus();
  Corpus(const Corpus& other);  // the copy builds its own tables
  Corpus& operator=(const Corpus& other);
  Corpus(Corpus&& other) noexcept;  // the moved-from corpus finds nothing until Reindex()
  Corpus& operator=(Corpus&& other) noexcept;
  ~Corpus();

 private:
  struct Tables;
  const Tables* BuiltTables() const;
  std::unique_ptr<Tables> tables_;  // never null, except in a moved-from corpus
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_H_
