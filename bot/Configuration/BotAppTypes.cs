namespace Verkostot.Bot.Configuration;

public static class BotAppTypes
{
    public static IReadOnlyList<string> All { get; } = [SingleTenant, MultiTenant, UserAssignedMsi];

    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
}
