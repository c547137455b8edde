using VenvLsp.Text;

namespace VenvLsp.Shell;

internal sealed partial class ShellSyntaxParser
{
    /// <summary>Reads the bodies of the here-documents opened on the line just ended.</summary>
    private void ReadPendingHereDocuments()
    {
        if (_pending.Count == 0) return;
        foreach (var doc in _pending) ReadHereDocumentBody(doc);
        _pending.Clear();
    }

    private void ReadHereDocumentBody(HereDocument doc)
    {
        var bodyStart = _pos;
        var delimiter = doc.Delimiter;
        while (_pos < _end)
        {
            var lineStart = _pos;
            var nl = _text.IndexOf('\n', _pos, _end - _pos);
            var lineEnd = nl < 0 ? _end : nl;
            var contentEnd = lineEnd > lineStart && _text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var s = lineStart;
            if (doc.StripsTabs) while (s < contentEnd && _text[s] == '\t') s++;
            _pos = nl < 0 ? _end : nl + 1;
            if (contentEnd - s == delimiter.Length && string.CompareOrdinal(_text, s, delimiter, 0, delimiter.Length) == 0)
            {
                doc.BodySpan = Span(bodyStart, lineStart);
                doc.EndSpan = Span(lineStart, contentEnd);
                return;
            }
        }
        doc.BodySpan = Span(bodyStart, _end);
        Error(doc.OperatorSpan, $"here-document is not closed: no line '{delimiter}' before the end of the text");
    }
}
