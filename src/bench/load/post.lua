-- wrk script: POSTs the JSON body in the file named by BODY, replacing every "#N" with a number
-- unique to the request (so the classifier's embedding cache does not answer), unless FIXED=1.
local path = os.getenv("BODY")
local fixed = os.getenv("FIXED") == "1"
local file = assert(io.open(path, "r"))
local template = file:read("*a")
file:close()
local counter = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  if fixed then
    return wrk.format(nil, nil, nil, template)
  end
  counter = counter + 1
  local n = tostring(math.random(1, 1000000000)) .. "-" .. tostring(counter)
  return wrk.format(nil, nil, nil, (string.gsub(template, "#N", n)))
end
