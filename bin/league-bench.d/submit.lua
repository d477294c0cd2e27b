-- wrk script: POST a new score for a random seeded trainee (unique submission id per request).
local trainees = {}
local token = ""

init = function(args)
  for line in io.lines(os.getenv("BENCH_DIR") .. "/trainees") do trainees[#trainees + 1] = line end
  token = io.open(os.getenv("BENCH_DIR") .. "/token"):read("*l")
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16))
end

local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

request = function()
  local body = '{"submissionId":"' .. uuid() .. '","traineeId":"' .. trainees[math.random(#trainees)]
    .. '","traineeName":"Bench trainee","moduleId":"forceps","overall":' .. (math.random(0, 1000) / 10)
    .. ',"achievedAt":"2026-02-01T00:00:00Z"}'
  return wrk.format("POST", "/api/v1/leaderboard/submit",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
