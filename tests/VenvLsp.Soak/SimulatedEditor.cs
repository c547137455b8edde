using VenvLsp.LanguageServer.Tests.Support;

namespace VenvLsp.Soak;

/// <summary>
/// What a person does in an editor, fast: opens files, types and deletes lines, asks for hovers,
/// completions and code actions, saves, closes; now and then a file changes on disk behind the
/// editor's back (a git pull). Keeps at most a handful of files open, like a person does.
/// </summary>
internal sealed class SimulatedEditor(LspTestClient client, SoakWorkspace workspace, Random random)
{
    private readonly Dictionary<string, (int Version, List<string> Lines)> _open = new(StringComparer.Ordinal);

    public int Edits { get; private set; }
    public int Requests { get; private set; }
    public int DiskWrites { get; private set; }

    private static string Uri(string path) => new System.Uri(path).AbsoluteUri;

    public async Task StepAsync()
    {
        if (_open.Count == 0 || (random.Next(40) == 0 && _open.Count < 8)) await OpenAsync(workspace.EditableFiles[random.Next(workspace.EditableFiles.Count)]);
        var path = _open.Keys.ElementAt(random.Next(_open.Count));
        var roll = random.Next(100);
        if (roll < 70) await TypeAsync(path);
        else if (roll < 80) await RequestAsync("textDocument/hover", path);
        else if (roll < 85) await RequestAsync("textDocument/completion", path);
        else if (roll < 92) await CodeActionAsync(path);
        else if (roll < 95) await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = Uri(path) } });
        else if (roll < 98) await CloseAsync(path);
        else await TouchOnDiskAsync();
        // A fast typist: about fifty keystroke batches a second.
        await Task.Delay(20);
    }

    private async Task OpenAsync(string path)
    {
        if (_open.ContainsKey(path)) return;
        var text = await File.ReadAllTextAsync(path);
        _open[path] = (1, text.Split('\n').ToList());
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri(path), languageId = "plaintext", version = 1, text } });
    }

    private async Task CloseAsync(string path)
    {
        _open.Remove(path);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri(path) } });
    }

    private async Task TypeAsync(string path)
    {
        var (version, lines) = _open[path];
        var line = random.Next(lines.Count);
        object change;
        if (random.Next(3) > 0 || lines.Count < 3)
        {
            // Type a few characters at the end of a line, or a new requirement line.
            var typed = random.Next(4) == 0 ? "pandas\n" : new[] { "x", "==", "1", " ", "#", "numpy" }[random.Next(6)];
            var character = lines[line].Length;
            change = new { range = Range(line, character, line, character), text = typed };
            var parts = (lines[line] + typed).Split('\n');
            lines[line] = parts[0];
            if (parts.Length > 1) lines.Insert(line + 1, parts[1]);
        }
        else
        {
            // Delete a line.
            change = new { range = Range(line, 0, line + 1, 0), text = "" };
            lines.RemoveAt(line);
            if (lines.Count == 0) lines.Add("");
        }
        _open[path] = (version + 1, lines);
        Edits++;
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri(path), version = version + 1 }, contentChanges = new[] { change } });
    }

    private async Task RequestAsync(string method, string path)
    {
        var (_, lines) = _open[path];
        var line = random.Next(lines.Count);
        Requests++;
        await client.CallAsync(method, new { textDocument = new { uri = Uri(path) }, position = new { line, character = random.Next(lines[line].Length + 1) } });
    }

    private async Task CodeActionAsync(string path)
    {
        var (_, lines) = _open[path];
        Requests++;
        await client.CallAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri(path) },
            range = Range(0, 0, lines.Count, 0),
            context = new { diagnostics = Array.Empty<object>() },
        });
    }

    /// <summary>A file not open in the editor changes on disk; the server's own watcher sees it.</summary>
    private async Task TouchOnDiskAsync()
    {
        var path = workspace.EditableFiles[random.Next(workspace.EditableFiles.Count)];
        if (_open.ContainsKey(path)) return;
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text.EndsWith("# touched\n", StringComparison.Ordinal) ? text[..^"# touched\n".Length] : text + "# touched\n");
        DiskWrites++;
    }

    private static object Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } };
}
