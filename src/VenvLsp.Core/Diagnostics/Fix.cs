using System.Collections.Immutable;
using VenvLsp.Common;
using VenvLsp.Text;

namespace VenvLsp.Diagnostics;

/// <summary>Edits to one file. <see cref="CreatesFile"/> means the file does not exist yet and the
/// edits apply to an empty text.</summary>
public sealed record FileEdit(string Path, ImmutableArray<TextEdit> Edits, bool CreatesFile = false)
{
    public static FileEdit Single(string path, TextEdit edit) => new(path, ImmutableArray.Create(edit));

    public bool Equals(FileEdit? other) =>
        other is not null && (ReferenceEquals(this, other) || Path == other.Path && CreatesFile == other.CreatesFile && new EquatableArray<TextEdit>(Edits).Equals(new(other.Edits)));

    public override int GetHashCode() => HashCode.Combine(Path, CreatesFile, Edits.IsDefaultOrEmpty ? 0 : Edits.Length);
}

/// <summary>A quick fix. A safe fix keeps the meaning the author intended and is applied by
/// <c>check --fix</c> and "fix all"; an unsafe one is offered in the editor only.</summary>
public sealed record Fix(string Title, ImmutableArray<FileEdit> Edits, bool IsSafe = true)
{
    public static Fix Create(string title, string path, params TextEdit[] edits) =>
        new(title, ImmutableArray.Create(new FileEdit(path, edits.ToImmutableArray())));

    public bool Equals(Fix? other) =>
        other is not null && (ReferenceEquals(this, other) || Title == other.Title && IsSafe == other.IsSafe && new EquatableArray<FileEdit>(Edits).Equals(new(other.Edits)));

    public override int GetHashCode() => HashCode.Combine(Title, IsSafe, Edits.IsDefaultOrEmpty ? 0 : Edits.Length);
}
