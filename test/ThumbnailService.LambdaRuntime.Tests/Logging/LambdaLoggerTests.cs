using System.Text.Json;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.LambdaRuntime.Tests.Logging;

public sealed class LambdaLoggerTests
{
    [Fact]
    public async Task Log_JsonFormat_WritesOneObjectPerLineWithLambdaKeys()
    {
        using var output = new StringWriter();
        var logger = new LambdaLogger(new LogSettings(LogFormat.Json, LogLevel.Info), output, TimeProvider.System);

        await Task.Run(() =>
        {
            LambdaLogger.RequestId = "req-42";
            logger.Log(LogLevel.Warn, "line one\nline two", writer => writer.WriteNumber("bytesIn", 123));
        });

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("timestamp").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal("WARN", root.GetProperty("level").GetString());
        Assert.Equal("req-42", root.GetProperty("requestId").GetString());
        Assert.Equal("line one\nline two", root.GetProperty("message").GetString());
        Assert.Equal(123, root.GetProperty("bytesIn").GetInt32());
    }

    [Fact]
    public void Log_BelowMinimumLevel_WritesNothing()
    {
        using var output = new StringWriter();
        var logger = new LambdaLogger(new LogSettings(LogFormat.Json, LogLevel.Warn), output, TimeProvider.System);

        logger.Log(LogLevel.Info, "quiet");
        logger.Log(LogLevel.Error, "loud");

        Assert.DoesNotContain("quiet", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("loud", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Log_TextFormat_WritesTabSeparatedLine()
    {
        using var output = new StringWriter();
        var logger = new LambdaLogger(new LogSettings(LogFormat.Text, LogLevel.Info), output, TimeProvider.System);

        logger.Log(LogLevel.Info, "hello");

        var fields = output.ToString().TrimEnd('\n').Split('\t');
        Assert.Equal(4, fields.Length);
        Assert.Equal(["-", "INFO", "hello"], fields[1..]);
    }

    [Theory]
    [InlineData("JSON", "debug", LogFormat.Json, LogLevel.Debug)]
    [InlineData("Text", "ERROR", LogFormat.Text, LogLevel.Error)]
    [InlineData(null, null, LogFormat.Text, LogLevel.Info)]
    [InlineData("json", "nonsense", LogFormat.Json, LogLevel.Info)]
    public void FromEnvironment_Variables_SelectFormatAndLevel(string? format, string? level, LogFormat expectedFormat, LogLevel expectedLevel)
    {
        var settings = LogSettings.FromEnvironment(name => name switch
        {
            "AWS_LAMBDA_LOG_FORMAT" => format,
            "AWS_LAMBDA_LOG_LEVEL" => level,
            _ => null,
        });

        Assert.Equal(new LogSettings(expectedFormat, expectedLevel), settings);
    }
}
