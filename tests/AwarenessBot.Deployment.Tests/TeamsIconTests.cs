namespace AwarenessBot.Deployment.Tests;

public sealed class TeamsIconTests
{
    private static PngImage Load(string name) => PngImage.Decode(File.ReadAllBytes(Path.Combine(Repository.TeamsTemplate, name)));

    [Fact]
    public void ColorIcon_Decoded_Is192By192AndOpaque()
    {
        var icon = Load("color.png");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
    }

    [Fact]
    public void ColorIcon_Background_MatchesManifestAccentColor()
    {
        var icon = Load("color.png");
        var accent = (string?)System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.TeamsTemplate, "manifest.json")))!["accentColor"];

        var (r, g, b, _) = icon.Pixel(0, 0);

        Assert.Equal(accent, $"#{r:X2}{g:X2}{b:X2}");
    }

    [Fact]
    public void OutlineIcon_Decoded_Is32By32WithAlphaChannel()
    {
        var icon = Load("outline.png");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlphaChannel);
    }

    [Fact]
    public void OutlineIcon_EveryVisiblePixel_IsWhite()
    {
        var icon = Load("outline.png");

        Assert.All(icon.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [Fact]
    public void OutlineIcon_Background_IsTransparentWithAVisibleMark()
    {
        var icon = Load("outline.png");
        var pixels = icon.Pixels().ToList();

        Assert.All(new[] { icon.Pixel(0, 0), icon.Pixel(31, 0), icon.Pixel(0, 31), icon.Pixel(31, 31) }, p => Assert.Equal(0, p.A));
        Assert.InRange(pixels.Count(p => p.A == 0) / (double)pixels.Count, 0.3, 0.9);
        Assert.InRange(pixels.Count(p => p.A == 255) / (double)pixels.Count, 0.1, 0.7);
    }
}
