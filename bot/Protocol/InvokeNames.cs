namespace Verkostot.Bot.Protocol;

/// <summary>Names of invoke activities the bot understands.</summary>
public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
