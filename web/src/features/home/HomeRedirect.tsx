/** "/" sends cadres to their field view and everyone else to the dashboard. */
import { Navigate } from 'react-router';
import { Loading } from '../../ui/states';
import { useMe } from '../auth/session';

export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) {
    return <Loading />;
  }
  return <Navigate to={me.data?.user.role === 'cadre' ? '/field' : '/dashboard'} replace />;
}
