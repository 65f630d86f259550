/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { BUILD_VERSION, VersionFooter } from "./VersionFooter";

describe("VersionFooter", () => {
  it("names the version in Finnish and in English, in a footer landmark", () => {
    const { container, unmount } = render(<VersionFooter lang="fi" version="0.2.0" />);
    expect(screen.getByRole("contentinfo").textContent).toBe("Toteuma, versio 0.2.0");
    expect(container.querySelector("[data-version]")?.getAttribute("data-version")).toBe("0.2.0");
    unmount();
    render(<VersionFooter lang="en" version="0.2.0" />);
    expect(screen.getByRole("contentinfo").textContent).toBe("Toteuma, version 0.2.0");
  });

  it("shows nothing where no build put a version in (unit tests), rather than an empty line", () => {
    expect(BUILD_VERSION).toBe("");
    const { container } = render(<VersionFooter lang="fi" />);
    expect(container.innerHTML).toBe("");
  });
});
