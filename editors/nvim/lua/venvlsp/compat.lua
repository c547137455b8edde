-- What differs between Neovim 0.7 and current releases, in one place.

local M = {}

-- Client methods take the client as `self` (client:request) from 0.11 on; before, they are plain
-- closures (client.request).
local colon_methods = vim.fn.has('nvim-0.11') == 1

--- Calls a method of an LSP client the way this Neovim expects.
function M.call(client, method, ...)
  if colon_methods then
    return client[method](client, ...)
  end
  return client[method](...)
end

--- The LSP clients, optionally only those attached to a buffer and/or with a name.
function M.clients(filter)
  filter = filter or {}
  if vim.lsp.get_clients then
    return vim.lsp.get_clients(filter)
  end
  local list = filter.bufnr and vim.tbl_values(vim.lsp.buf_get_clients(filter.bufnr)) or vim.lsp.get_active_clients()
  if filter.name then
    list = vim.tbl_filter(function(client)
      return client.name == filter.name
    end, list)
  end
  return list
end

--- The length of a line in the client's position encoding.
function M.line_length(line, encoding)
  if encoding == 'utf-8' then
    return #line
  end
  encoding = encoding == 'utf-32' and 'utf-32' or 'utf-16'
  if colon_methods then
    -- 0.11 takes the encoding as an argument (and deprecates the old form).
    return vim.str_utfindex(line, encoding)
  end
  local utf32, utf16 = vim.str_utfindex(line)
  return encoding == 'utf-32' and utf32 or utf16
end

return M
