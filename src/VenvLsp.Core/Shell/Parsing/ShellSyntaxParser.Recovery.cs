using VenvLsp.Text;

namespace VenvLsp.Shell;

internal sealed partial class ShellSyntaxParser
{
    /// <summary>Everything that an attempt to read a construct may change, so that it can be undone.</summary>
    private readonly record struct Checkpoint(
        int Pos, int LastEnd, int Errors, int Comments, int HereDocuments, HereDocument[] Pending, int CommandParts,
        Closers Outer, bool InBacktick, bool HasPeeked, Token Peeked);

    private Checkpoint Save() => new(
        _pos, _lastEnd, _errors.Count, _comments.Count, _hereDocuments.Count,
        _pending.Count == 0 ? [] : [.. _pending], _commandParts, _outer, _inBacktick, _hasPeeked, _peeked);

    private void Restore(Checkpoint c)
    {
        _pos = c.Pos;
        _lastEnd = c.LastEnd;
        _errors.RemoveRange(c.Errors, _errors.Count - c.Errors);
        _comments.RemoveRange(c.Comments, _comments.Count - c.Comments);
        _hereDocuments.RemoveRange(c.HereDocuments, _hereDocuments.Count - c.HereDocuments);
        _pending.Clear();
        _pending.AddRange(c.Pending);
        _commandParts = c.CommandParts;
        _outer = c.Outer;
        _inBacktick = c.InBacktick;
        _hasPeeked = c.HasPeeked;
        _peeked = c.Peeked;
    }

    /// <summary>Longest stretch scanned for the end of an arithmetic expression or a glob group:
    /// keeps hostile input (thousands of unclosed <c>$((</c>) linear.</summary>
    internal const int MaxScan = 4096;

    // Recovery of constructs that may span lines ($(...), `...`, "...", arrays, [[ ]]): read first
    // with the whole input; when that finds no closer, read again with the input cut at the end of the
    // construct's first line, so the lines after it still parse as commands. Two rules keep this linear
    // on hostile input (thousands of unclosed "$(" lines): a construct found unclosed once is never read
    // in full again (_failedAttempts), and when a full attempt runs to the end of the text unclosed,
    // the full attempts around it stop at once (_unwinding) instead of each scanning on to the end:
    // they would fail there too, and be re-read up to their own line end anyway.

    /// <summary>Starts reading the construct at <paramref name="start"/> with the whole input, or
    /// returns false when it must be read up to its line end directly: while already re-reading a
    /// line, or when it was found unclosed before.</summary>
    private bool BeginFullAttempt(int start)
    {
        if (_lineLimited > 0 || _failedAttempts.Contains(start)) return false;
        _fullAttempts++;
        return true;
    }

    /// <summary>Ends a full attempt. Returns true when the construct ran unclosed to the end of the
    /// text (itself or through an inner construct): enclosing attempts must then unwind.</summary>
    private bool EndFullAttempt(int start, bool closed)
    {
        _fullAttempts--;
        if (closed) return false;
        _failedAttempts.Add(start);
        var ranToEnd = _unwinding || _pos >= _text.Length;
        _unwinding = false;
        return ranToEnd;
    }

    /// <summary>After a construct that ran to the end was re-read, makes the enclosing full attempts stop.</summary>
    private void PropagateRunToEnd(bool ranToEnd)
    {
        if (ranToEnd && _fullAttempts > 0) _unwinding = true;
    }

    /// <summary>Runs <paramref name="read"/> again with the input cut at the end of the line holding
    /// <paramref name="start"/>: how an unclosed quote or substitution is recovered, so that the lines
    /// after it still parse as commands.</summary>
    private T RereadUpToLineEnd<T>(Checkpoint checkpoint, int start, Func<T> read)
    {
        Restore(checkpoint);
        var savedEnd = _end;
        _end = LineEnd(start);
        _lineLimited++;
        try
        {
            return read();
        }
        finally
        {
            _lineLimited--;
            _end = savedEnd;
            // A token peeked against the shortened input may be a false end: read it again.
            _hasPeeked = false;
        }
    }
}
