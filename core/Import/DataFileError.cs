namespace Verkostot.Core.Import;

/// <summary>A problem in a data file, at a 1-based line and a JSON path such as <c>$.networks[0].bodies[1]</c>.</summary>
public sealed record DataFileError(int Line, string Path, string Message)
{
    public override string ToString() => $"line {Line}: {Path}: {Message}";
}
