import { HomeScreen } from "@/components/layout/home-screen";

// A static shell: the user and the data are read in the browser, so the page can later open offline.
export default function HomePage() {
  return <HomeScreen />;
}
