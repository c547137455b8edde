-- The root folder a file's server runs for: the package the file belongs to, else the repository,
-- else the file's folder. Uses only libuv and vim.fn, so it runs on Neovim 0.7 (which has no vim.fs).

local M = {}

-- Folders that make their parent a package (NCO layout: ecf/, jobs/, versions/ beside sorc/, ush/...).
M.package_folders = { 'ecf', 'jobs', 'versions' }

local function stat_type(path)
  local stat = (vim.uv or vim.loop).fs_stat(path)
  return stat and stat.type or nil
end

--- Whether a folder is a package root: named like `aigfs.v1.0.0`, or holding ecf/, jobs/ or versions/.
function M.is_package(dir)
  local name = vim.fn.fnamemodify(dir, ':t')
  if name:match('.%.v%d') then
    return true
  end
  for _, folder in ipairs(M.package_folders) do
    if stat_type(dir .. '/' .. folder) == 'directory' then
      return true
    end
  end
  return false
end

--- The root for a file: the nearest package folder above it, else the repository root (a folder
--- with .git), else the file's own folder. The walk stops at the repository root.
function M.find(file)
  local start = vim.fn.fnamemodify(file, ':p:h')
  local dir = start
  while true do
    if M.is_package(dir) then
      return dir
    end
    if stat_type(dir .. '/.git') ~= nil then
      return dir
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return start
    end
    dir = parent
  end
end

return M
