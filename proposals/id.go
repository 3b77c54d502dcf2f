package proposals

// MaxIDLength is the longest id of a proposal, in bytes. A site names the
// page of a comparison by two ids, c/A--B.html, and a file name holds at
// most 255 bytes on common file systems: two ids of 124 bytes are the
// most that fit (2*124 + len("--.html") = 255). The limit leaves room for
// a longer suffix.
const MaxIDLength = 100
