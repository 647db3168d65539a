namespace Verkostot.Core.Email;

/// <summary>A member who asked for no e-mail from the bot: Teams only, and reported when Teams cannot reach them.</summary>
public sealed class EmailOptOut
{
    public required string PersonId { get; set; }
    public DateTimeOffset OptedOutAt { get; set; }
}
