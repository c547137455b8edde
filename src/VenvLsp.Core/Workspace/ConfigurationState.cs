using System.Collections.Immutable;
using VenvLsp.Configuration;
using VenvLsp.Text;

namespace VenvLsp.Workspace;

/// <summary>A configuration file as read: its text (when readable) and its problems (VENV902).</summary>
public sealed record ConfigFileState(string Path, SourceText? Text, ImmutableArray<ConfigProblem> Problems, string? ReadProblem);

/// <summary>The options that govern a folder, and the file they came from.</summary>
public sealed record ConfigurationState(AnalysisOptions Options, ConfigFileState? File);
