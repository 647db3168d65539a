namespace Verkostot.Core.GraphAccess;

/// <summary>
/// One row per feature while Graph refuses it: since when and why. Whoever inserts it starts the streak and tells the
/// coordinators; the feature's next success deletes it, so a refusal after that is a new streak with a new alert.
/// </summary>
public sealed class GraphAccessState
{
    public GraphFeature Feature { get; set; }
    public GraphAccessProblem Problem { get; set; }
    public DateTimeOffset Since { get; set; }
    /// <summary>For operators (the health check): which feature, in English, without secrets.</summary>
    public string? Detail { get; set; }
}
