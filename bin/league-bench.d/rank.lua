-- wrk script: GET the global rank of a random seeded trainee.
local trainees = {}

init = function(args)
  for line in io.lines(os.getenv("BENCH_DIR") .. "/trainees") do trainees[#trainees + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16))
end

request = function()
  return wrk.format("GET", "/api/v1/leaderboard/user/" .. trainees[math.random(#trainees)] .. "/rank")
end
