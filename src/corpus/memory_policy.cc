#include "corpus/memory_policy.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kamergraaf {

void ReturnLargeBlocksToSystem() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

}  // namespace kamergraaf
