// ReturnLargeBlocksToSystem: the process-wide allocator policy for big corpora; call once from main().
//
// glibc serves large blocks from mmap and unmaps them when freed, but after the first such frees it raises
// that threshold (up to 32 MB), so that later large temporaries (CSR arrays, per-thread betweenness
// buffers, edge batches) come from the heap and, once freed, stay resident. For a million documents that
// was 250 MB of freed memory still counted in the peak. Fixing the threshold at 1 MB keeps large blocks
// on mmap. Elsewhere than glibc this does nothing.
#ifndef KAMERGRAAF_CORPUS_MEMORY_POLICY_H_
#define KAMERGRAAF_CORPUS_MEMORY_POLICY_H_

namespace kamergraaf {

void ReturnLargeBlocksToSystem();

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_MEMORY_POLICY_H_
