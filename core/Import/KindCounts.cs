namespace Verkostot.Core.Import;

public sealed record KindCounts(DataKind Kind, int Added, int Changed, int Removed, int Kept);
