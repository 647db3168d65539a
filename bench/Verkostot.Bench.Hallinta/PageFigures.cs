namespace Verkostot.Bench.Hallinta;

internal sealed record PageFigures(string Page, double P50, double P95, double Max);
