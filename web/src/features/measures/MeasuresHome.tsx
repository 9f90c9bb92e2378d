/** /measures opens the first section, the activities. */
import { Navigate } from 'react-router';

export function MeasuresHome() {
  return <Navigate to="/measures/activities" replace />;
}
