namespace Verkostot.Core.Privacy;

/// <summary>What erasing a person did to one table.</summary>
public sealed record ErasedTable(string Table, int Deleted, int Anonymized);
