using System.Text.Json;
using Verkostot.Bot.Cards.AdaptiveCards;

namespace Verkostot.Bot.Tests.Cards;

public sealed class AdaptiveCardJsonTests
{
    private static JsonElement Json(AdaptiveCard card) => card.ToJsonElement();

    private static JsonElement OnlyBodyElement(CardElement element) => Json(new AdaptiveCard { Body = [element] }).GetProperty("body")[0];

    private static JsonElement OnlyAction(CardAction action) => Json(new AdaptiveCard { Actions = [action] }).GetProperty("actions")[0];

    private static string[] PropertyNames(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void ToJsonElement_EmptyCard_WritesTypeSchemaAndVersion15Only()
    {
        var json = Json(new AdaptiveCard());

        Assert.Equal(["type", "$schema", "version"], PropertyNames(json));
        Assert.Equal("AdaptiveCard", json.GetProperty("type").GetString());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", json.GetProperty("$schema").GetString());
        Assert.Equal("1.5", json.GetProperty("version").GetString());
    }

    [Fact]
    public void ToJsonElement_TextBlockWithTextOnly_OmitsUnsetProperties()
    {
        var block = OnlyBodyElement(new TextBlock("Hei"));

        Assert.Equal(["type", "text"], PropertyNames(block));
    }

    [Theory]
    [InlineData("TextBlock")]
    [InlineData("FactSet")]
    [InlineData("Container")]
    [InlineData("ColumnSet")]
    [InlineData("ActionSet")]
    [InlineData("Input.Text")]
    [InlineData("Input.Date")]
    [InlineData("Input.Time")]
    [InlineData("Input.ChoiceSet")]
    [InlineData("Input.Toggle")]
    public void ToJsonElement_BodyElement_WritesItsSchemaTypeName(string typeName)
    {
        CardElement element = typeName switch
        {
            "TextBlock" => new TextBlock("x"),
            "FactSet" => new FactSet([new Fact("a", "b")]),
            "Container" => new Container([new TextBlock("x")]),
            "ColumnSet" => new ColumnSet([new Column([new TextBlock("x")])]),
            "ActionSet" => new ActionSet([new SubmitAction { Title = "x" }]),
            "Input.Text" => new TextInput { Id = "t" },
            "Input.Date" => new DateInput { Id = "d" },
            "Input.Time" => new TimeInput { Id = "t" },
            "Input.ChoiceSet" => new ChoiceSetInput([new Choice("a", "b")]) { Id = "c" },
            _ => new ToggleInput("x") { Id = "t" },
        };

        Assert.Equal(typeName, OnlyBodyElement(element).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("Action.Execute")]
    [InlineData("Action.Submit")]
    [InlineData("Action.OpenUrl")]
    [InlineData("Action.ShowCard")]
    public void ToJsonElement_Action_WritesItsSchemaTypeName(string typeName)
    {
        CardAction action = typeName switch
        {
            "Action.Execute" => new ExecuteAction("verb"),
            "Action.Submit" => new SubmitAction(),
            "Action.OpenUrl" => new OpenUrlAction(new Uri("https://example.org/")),
            _ => new ShowCardAction(new AdaptiveCard()),
        };

        Assert.Equal(typeName, OnlyAction(action).GetProperty("type").GetString());
    }

    [Fact]
    public void ToJsonElement_TextBlockStyling_UsesSchemaSpelling()
    {
        var block = OnlyBodyElement(new TextBlock("x")
        {
            Weight = FontWeight.Bolder,
            Size = FontSize.ExtraLarge,
            Color = TextColor.Attention,
            Spacing = Spacing.None,
        });

        Assert.Equal("bolder", block.GetProperty("weight").GetString());
        Assert.Equal("extraLarge", block.GetProperty("size").GetString());
        Assert.Equal("attention", block.GetProperty("color").GetString());
        Assert.Equal("none", block.GetProperty("spacing").GetString());
    }

    [Fact]
    public void ToJsonElement_ExecuteAction_WritesVerbDataStyleAndAssociatedInputs()
    {
        var action = OnlyAction(new ExecuteAction("attendance.decline")
        {
            Title = "En pääse",
            Style = ActionStyle.Destructive,
            AssociatedInputs = AssociatedInputs.None,
            Data = ActionData.Of(("meetingId", "42")),
        });

        Assert.Equal("attendance.decline", action.GetProperty("verb").GetString());
        Assert.Equal("En pääse", action.GetProperty("title").GetString());
        Assert.Equal("destructive", action.GetProperty("style").GetString());
        Assert.Equal("None", action.GetProperty("associatedInputs").GetString());
        Assert.Equal("42", action.GetProperty("data").GetProperty("meetingId").GetString());
    }

    [Fact]
    public void ToJsonElement_Input_WritesIdLabelAndValidation()
    {
        var input = OnlyBodyElement(new TextInput
        {
            Id = "title",
            Label = "Otsikko",
            IsRequired = true,
            ErrorMessage = "Anna otsikko.",
            MaxLength = 200,
        });

        Assert.Equal("title", input.GetProperty("id").GetString());
        Assert.Equal("Otsikko", input.GetProperty("label").GetString());
        Assert.True(input.GetProperty("isRequired").GetBoolean());
        Assert.Equal("Anna otsikko.", input.GetProperty("errorMessage").GetString());
        Assert.Equal(200, input.GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public void ToJsonElement_ChoiceSet_WritesChoicesAndStyle()
    {
        var input = OnlyBodyElement(new ChoiceSetInput([new Choice("Kyllä", "yes")]) { Id = "c", Style = ChoiceInputStyle.Expanded });

        Assert.Equal("expanded", input.GetProperty("style").GetString());
        Assert.Equal("Kyllä", input.GetProperty("choices")[0].GetProperty("title").GetString());
        Assert.Equal("yes", input.GetProperty("choices")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void ToJsonElement_Column_IsTypedColumn()
    {
        var column = OnlyBodyElement(new ColumnSet([new Column([new TextBlock("x")]) { Width = "auto" }]))
            .GetProperty("columns")[0];

        Assert.Equal("Column", column.GetProperty("type").GetString());
        Assert.Equal("auto", column.GetProperty("width").GetString());
    }

    [Fact]
    public void ToJsonElement_OpenUrl_WritesAbsoluteUrl()
    {
        var action = OnlyAction(new OpenUrlAction(new Uri("https://www.kuntaliitto.fi/")));

        Assert.Equal("https://www.kuntaliitto.fi/", action.GetProperty("url").GetString());
    }

    [Fact]
    public void ToJsonElement_ShowCard_NestsTheCard()
    {
        var action = OnlyAction(new ShowCardAction(new AdaptiveCard { Body = [new TextBlock("Sisältö")] }));

        var nested = action.GetProperty("card");
        Assert.Equal("AdaptiveCard", nested.GetProperty("type").GetString());
        Assert.Equal("Sisältö", nested.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void ToJsonElement_Refresh_WritesActionExecuteAndUserIds()
    {
        var refresh = Json(new AdaptiveCard { Refresh = new CardRefresh(new ExecuteAction("refresh"), ["29:abc"]) })
            .GetProperty("refresh");

        Assert.Equal(["action", "userIds"], PropertyNames(refresh));
        Assert.Equal("Action.Execute", refresh.GetProperty("action").GetProperty("type").GetString());
        Assert.Equal("refresh", refresh.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal("29:abc", refresh.GetProperty("userIds")[0].GetString());
    }

    [Fact]
    public void ToJsonElement_FullWidth_WritesMsTeamsWidthFull()
    {
        var json = Json(new AdaptiveCard { MsTeams = TeamsCardProperties.FullWidth });

        Assert.Equal("Full", json.GetProperty("msteams").GetProperty("width").GetString());
    }

    [Fact]
    public void ToJson_FallbackAndSpeak_AreWritten()
    {
        var json = Json(new AdaptiveCard { FallbackText = "Teksti", Speak = "Puhe" });

        Assert.Equal("Teksti", json.GetProperty("fallbackText").GetString());
        Assert.Equal("Puhe", json.GetProperty("speak").GetString());
    }

    [Fact]
    public void ToJson_NestedKindsWithCommonProperties_WritesTypeFirstThenOwnThenCommonProperties()
    {
        // The exact bytes Teams has been sent since the first release: each kind's "type" first, its own properties,
        // then those all inputs, all elements or all actions have.
        var card = new AdaptiveCard
        {
            Body =
            [
                new Container(
                [
                    new TextInput { Id = "nimi", MaxLength = 50, Label = "Nimi", IsRequired = true, Spacing = Spacing.Small },
                    new ActionSet([new ExecuteAction("tallenna") { Id = "a1", Title = "Tallenna", Style = ActionStyle.Positive }]),
                ])
                { Style = ContainerStyle.Emphasis, Id = "lomake", Spacing = Spacing.Medium, Separator = true },
            ],
        };

        Assert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[""" +
            """{"type":"Container","items":[{"type":"Input.Text","id":"nimi","maxLength":50,"label":"Nimi","isRequired":true,"spacing":"small"},""" +
            """{"type":"ActionSet","actions":[{"type":"Action.Execute","verb":"tallenna","id":"a1","title":"Tallenna","style":"positive"}]}]""" +
            ""","style":"emphasis","id":"lomake","spacing":"medium","separator":true}]}""",
            card.ToJson());
    }
}
