namespace Verkostot.Bot.Health;

public sealed record HealthCheckBody(string Name, string Status, string? Description, double DurationMs);
