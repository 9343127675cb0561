// The notes url-notes ships with, and how each one was as it shipped: SHA-256 of the file with
// line endings as LF (git may check a file out with CRLF on Windows). `npm run init` removes a
// starter note only while its text still has this hash, so a note its owner wrote or edited is
// never touched. When a starter note changes upstream, its hash here changes with it.
export const STARTER_NOTES: ReadonlyMap<string, string> = new Map([
  ['attention-is-all-you-need.md', '7554be34bfa8298891bde9be164968a27570886e4b27f94cce3878045769de23'],
  ['choose-boring-technology.md', 'e33664ed6e935b0991da801795a6fa7bd584409633b72d9d7056a3b12dc62ed8'],
  ['falsehoods-programmers-believe-about-names.md', 'd2a516bb251ea3846e9e2dfd788372571ec8987d10a5af6968318a2800cd758c'],
  ['flashattention.md', 'd71ec376d16f0bfb039dc9b786ebd7f0e794b7ad2198589c4da3c140bc40a8ca'],
  ['framework-desktop-is-a-beast.md', '59b4ee08ae3485ca87d98b34fc8cceec5c1ed634143ff3fe5bbd8b45c090c177'],
  ['how-can-chatgpt-serve-700m-users.md', 'cfa53bfef0bab851b245be6c57b504f17d56d29275b9296c3243fd9b7e2b097c'],
  ['llm-int8.md', '1e2a13b39c28e7b16f60b68909c63a8b7e11bacdb20615965e05b7c694a2a7d2'],
  ['reading-list-draft.md', '6722ece5d6408ee97da6b51aaae0a93a4f4e0b50d4c25fdfc608a16f9fa35714'],
  ['scaling-laws-for-neural-language-models.md', 'c7c4b5664c4960c5bbcd117a8704a52897c6d9bd854d9b14f0f5fa22435f2a3d'],
  ['sparsely-gated-mixture-of-experts.md', '98048e1a4be8229246fa1b5fd0f4594c3ba41b6af15bd149766e317496da172e'],
  ['speculative-decoding.md', '5e0ba033238cfd48beebe90b6cf2da9f6b3cd1de6234d801d71445eef7863cde'],
  ['the-bitter-lesson.md', 'd3aef6adebb6be77fc0c0665f2079ab40092f3d0b74cdaa3270fb82e77da0786'],
  [
    'the-log-real-time-datas-unifying-abstraction.md',
    '1747bde63a00baeb35961e00ee258cb9fd2190cd9552ff190c1e5b709ce10924',
  ],
  ['things-you-should-never-do-part-i.md', 'b16e9ee1408cd3cf140c433736d5436034636d57a5b8741614633a90d454687e'],
  ['vllm-pagedattention.md', '6002330134685c3832b12b40baa4b334ca752b88a91eed7187d42811251bb7e4'],
  [
    'what-every-programmer-should-know-about-memory.md',
    'd02da1a18f4977aabbc4e0ebaaa42adcb84e7bda8d4032355e1e99ed0a92bf8f',
  ],
]);
