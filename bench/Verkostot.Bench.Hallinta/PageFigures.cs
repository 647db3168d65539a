namespace Verkostot.Bench.Hallinta;

/// <summary>A page's times, and per request the process's CPU time, allocations and database commands.</summary>
internal sealed record PageFigures(string Page, double P50, double P95, double Max, double CpuMs, double AllocatedKb, double Commands);
