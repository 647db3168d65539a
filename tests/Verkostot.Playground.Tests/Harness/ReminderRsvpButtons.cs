namespace Verkostot.Playground.Tests.Harness;

/// <summary>The RSVP buttons of the bot's reminder and deputy invitation cards, as a Finnish-speaking user sees them.</summary>
internal static class ReminderRsvpButtons
{
    public const string Attend = "Osallistun";
    public const string Decline = "En pääse";
}
