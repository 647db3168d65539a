namespace Verkostot.Bot.Administration.Access;

/// <summary>Marks a page that only administrators may open (e.g. import and export of the whole data); others get 403.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AdministratorsOnlyAttribute : Attribute;
