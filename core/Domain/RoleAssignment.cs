namespace Verkostot.Core.Domain;

/// <summary>A person's role in a network or in one of its bodies.</summary>
public sealed class RoleAssignment
{
    public int Id { get; set; }
    public required string PersonId { get; set; }
    public required string NetworkId { get; set; }
    /// <summary>The body the role belongs to; null for roles of the network itself (e.g. coordinator).</summary>
    public string? BodyId { get; set; }
    public Role Role { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>Who states the role and when; open-ended roles are known only as of this date.</summary>
    public Attribution Attribution { get; set; } = new();
}
