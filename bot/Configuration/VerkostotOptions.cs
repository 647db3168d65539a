namespace Verkostot.Bot.Configuration;

/// <summary>Settings of this bot beyond its Bot Framework identity (section "Verkostot").</summary>
public sealed class VerkostotOptions
{
    public const string Section = "Verkostot";

    /// <summary>Entra tenant ids whose activities are served; empty serves any tenant.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    public bool AllowsTenant(string? tenantId) =>
        AllowedTenants.Count == 0
        || (tenantId is not null && AllowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase));
}
