// Preloaded (node -r) into a whole-CLI run of the bench: writes the process's peak resident
// memory (worker threads included) to $TOUCHPOINT_BENCH_RSS_FILE when the process exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.TOUCHPOINT_BENCH_RSS_FILE)
    writeFileSync(process.env.TOUCHPOINT_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
